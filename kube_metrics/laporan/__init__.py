"""Reports and the presentation's content: the story (cerita), its slides, PDF, PowerPoint, images."""
