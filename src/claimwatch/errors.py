"""One error tree for the whole package.

    Error
     +-- UsageError        bad arguments or input a person gave us (exit 2)
     +-- InputError        a file, page or text that cannot be read as an article
     +-- FetchError        network: dns, connect, timeout, tls, too_large, http status, refused address
     +-- FeedError         a feed that yields nothing usable
     +-- StorageError      the database: not a database, locked, migration failed
     |    +-- LockedError  another run holds the lock

Third-party exceptions are translated into these at the module that uses the library.
"""


class Error(Exception):
    """Root of every error claimwatch raises on purpose."""


class UsageError(Error):
    pass


class InputError(Error):
    pass


class FetchError(Error):
    """A fetch that failed; `kind` is a short machine-readable reason (dns, timeout, too_large, http_404...)."""

    def __init__(self, kind: str, message: str, *, retry_after: float | None = None):
        super().__init__(message)
        self.kind = kind
        self.retry_after = retry_after


class FeedError(Error):
    pass


class StorageError(Error):
    pass


class LockedError(StorageError):
    pass
