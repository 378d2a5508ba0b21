"""scrapyd's application, refusing to start without a real password (`application =` in scrapyd.conf).

scrapyd itself serves every request unauthenticated when `username` or `password` is empty,
and a placeholder written in a configuration file is a working login for whoever reads the
file. This wrapper starts scrapyd's own application only when a username and a real password
are set (`SCRAPYD_USERNAME`/`SCRAPYD_PASSWORD` in the environment, or the configuration); else
scrapyd exits at once with a message saying what to set, before it binds any port.
"""

from __future__ import annotations

import os
from typing import Any

from scrapyd.app import application as scrapyd_application
from scrapyd.exceptions import ConfigError

MIN_PASSWORD_LENGTH = 12
PLACEHOLDERS = frozenset({"set-SCRAPYD_PASSWORD-in-the-environment", "changeme", "password", "secret"})


def credential_problem(username: str, password: str) -> str | None:
    """Why scrapyd must not start with these credentials, or None when they will do."""
    if not username:
        return "no username: set SCRAPYD_USERNAME (or `username` in scrapyd.conf)"
    if not password.strip():
        return "no password: set SCRAPYD_PASSWORD to a long random secret (scrapyd would serve anyone)"
    if password in PLACEHOLDERS:
        return "the password is a placeholder: set SCRAPYD_PASSWORD to a long random secret"
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"the password is shorter than {MIN_PASSWORD_LENGTH} characters: use a long random secret"
    return None


def application(config: Any) -> Any:
    """scrapyd's Twisted application, or ConfigError (scrapyd exits with its message) when the
    credentials are missing or a placeholder."""
    username = os.getenv("SCRAPYD_USERNAME") or config.get("username", "")
    password = os.getenv("SCRAPYD_PASSWORD") or config.get("password", "")
    problem = credential_problem(username, password)
    if problem is not None:
        raise ConfigError(f"scrapyd (kr-technews): refusing to start: {problem}. See docs/scheduling.md.")
    return scrapyd_application(config)
