"""Input errors for the command line and the batch runner: one line that names the input and what to do."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


class InputError(Exception):
    """An input presswash cannot read; the message is shown to the user as it is."""


@contextmanager
def explained_os_errors(name: str) -> Iterator[None]:
    """Turn the ways opening or reading ``name`` can fail into an :class:`InputError` with advice."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied; check the file's permissions") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a directory; give a file") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error})") from None
