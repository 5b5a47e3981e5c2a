"""`python -m kube_metrics <command>`."""

import sys

from kube_metrics.cli import main

sys.exit(main())
