"""A local stand-in OpenID Connect provider, for testing single sign-on through Streamlit's
`st.login` without a network (tests/test_sso_browser.py; docs/access.md "Single sign-on").

It speaks just enough of OpenID Connect's authorization-code flow for Authlib, which Streamlit
uses: a discovery document, an authorize endpoint that approves at once and redirects back with
a code, a token endpoint that checks the client and the code and returns an RS256-signed
id_token carrying the nonce of the authorize request, and the JWKS with the public key.
Whoever signs in is `email` (set it per test). Runs in a thread of the test process on a free
port of 127.0.0.1. Not for anything but tests: it asks for no password.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "pantau-kube-uji"
CLIENT_SECRET = "rahasia-klien-uji"  # a test value, not a secret


class Penyedia:
    """The provider's state: its key, the codes handed out, and who signs in next."""

    def __init__(self, email: str) -> None:
        self.email = email
        self.kunci = RSAKey.generate_key(2048, parameters={"kid": "uji-1", "use": "sig", "alg": "RS256"})
        self.kode: dict[str, dict[str, str]] = {}  # code -> nonce, redirect_uri, email
        self.tukar: list[str] = []  # the e-mails whose code was exchanged for tokens
        self.url = ""

    def metadata(self) -> dict[str, Any]:
        return {
            "issuer": self.url,
            "authorization_endpoint": f"{self.url}/authorize",
            "token_endpoint": f"{self.url}/token",
            "jwks_uri": f"{self.url}/jwks",
            "end_session_endpoint": f"{self.url}/logout",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "scopes_supported": ["openid", "email", "profile"],
        }

    def setujui(self, q: dict[str, str]) -> str:
        """authorize: check the client, remember nonce and e-mail under a new code; the
        redirect URL back to the app."""
        if q.get("client_id") != CLIENT_ID or q.get("response_type") != "code":
            return f"{q.get('redirect_uri', '')}?" + urlencode(
                {"error": "unauthorized_client", "state": q.get("state", "")}
            )
        kode = secrets.token_urlsafe(16)
        self.kode[kode] = {
            "nonce": q.get("nonce", ""),
            "redirect_uri": q["redirect_uri"],
            "email": self.email,
        }
        return f"{q['redirect_uri']}?" + urlencode({"code": kode, "state": q.get("state", "")})

    def token(self, form: dict[str, str], otorisasi: str | None) -> tuple[int, dict[str, Any]]:
        """token: the client (basic or post), a code used once, the same redirect_uri."""
        klien = (form.get("client_id"), form.get("client_secret"))
        if otorisasi and otorisasi.startswith("Basic "):
            klien = tuple(base64.b64decode(otorisasi[6:]).decode().split(":", 1))  # type: ignore[assignment]
        if klien != (CLIENT_ID, CLIENT_SECRET):
            return 401, {"error": "invalid_client"}
        data = self.kode.pop(form.get("code", ""), None)
        if data is None or form.get("redirect_uri") != data["redirect_uri"]:
            return 400, {"error": "invalid_grant"}
        self.tukar.append(data["email"])
        sekarang = int(time.time())
        klaim = {
            "iss": self.url,
            "sub": "uji-" + data["email"],
            "aud": CLIENT_ID,
            "iat": sekarang,
            "exp": sekarang + 300,
            "nonce": data["nonce"],
            "email": data["email"],
            "email_verified": True,
            "name": "Pengguna Uji",
        }
        id_token = jwt.encode({"alg": "RS256", "kid": "uji-1"}, klaim, self.kunci)
        return 200, {
            "access_token": secrets.token_urlsafe(16),
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": id_token,
        }

    def jwks(self) -> dict[str, Any]:
        return {"keys": [self.kunci.as_dict(private=False)]}


def _penangan(p: Penyedia) -> type[BaseHTTPRequestHandler]:
    class Penangan(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet: pytest shows failures
            return

        def _json(self, status: int, isi: dict[str, Any]) -> None:
            badan = json.dumps(isi).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(badan)))
            self.end_headers()
            self.wfile.write(badan)

        def do_GET(self) -> None:
            url = urlparse(self.path)
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                self._json(200, p.metadata())
            elif url.path == "/jwks":
                self._json(200, p.jwks())
            elif url.path in ("/authorize", "/logout"):
                tujuan = p.setujui(q) if url.path == "/authorize" else q.get("post_logout_redirect_uri", "/")
                self.send_response(302)
                self.send_header("Location", tujuan)
                self.end_headers()
            else:
                self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:
            panjang = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(panjang).decode()).items()}
            if urlparse(self.path).path != "/token":
                self._json(404, {"error": "not_found"})
                return
            self._json(*p.token(form, self.headers.get("Authorization")))

    return Penangan


@contextmanager
def jalankan(email: str) -> Iterator[Penyedia]:
    """The stand-in provider on a free port of 127.0.0.1, in a thread; stopped afterwards."""
    p = Penyedia(email)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _penangan(p))
    p.url = f"http://127.0.0.1:{server.server_address[1]}"
    benang = threading.Thread(target=server.serve_forever, daemon=True)
    benang.start()
    try:
        yield p
    finally:
        server.shutdown()
        server.server_close()
