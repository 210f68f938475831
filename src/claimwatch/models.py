"""The vocabulary every stage shares: pydantic models, frozen. Imports nothing internal."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Scope = Literal["total", "active"]
Status = Literal["official", "reported", "rumored", "expected", "estimated"]
STATUSES: tuple[Status, ...] = ("official", "reported", "rumored", "expected", "estimated")


class Claim(BaseModel):
    """One statement that a named model has a stated number of parameters."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = Field(description="the model name as the text writes it")
    model_id: str = Field(description="canonical slug, e.g. 'gpt-4', 'llama-3'")
    org: str | None = Field(default=None, description="developer organisation")
    params: int = Field(gt=0, description="parameter count; the low end of a range")
    params_high: int | None = Field(default=None, description="high end of a stated range")
    scope: Scope = "total"
    status: Status = "reported"
    approx: bool = False
    attributed_to: str | None = Field(default=None, description="who the article cites for the figure")
    evidence: str = Field(description="the sentence that states it")
    start: int = Field(ge=0, description="offset of evidence in the article text")
    end: int = Field(ge=0)
    lang: str = "en"
    extractor_version: str = ""

    @model_validator(mode="after")
    def _check_span(self) -> Claim:
        if self.end < self.start:
            raise ValueError("end before start")
        if self.params_high is not None and self.params_high < self.params:
            raise ValueError("params_high below params")
        return self


class Article(BaseModel):
    """An article's text and metadata, however it arrived (file, page, feed entry)."""

    model_config = ConfigDict(frozen=True)

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published: datetime | None = None
    fetched: datetime | None = None
    lang: str | None = None
    text: str
    source: str = Field(description="where it came from: the path or URL as given, or the feed")

    @property
    def content_hash(self) -> str:
        """Hash of the body: a headline added as the first paragraph is left out, so one story syndicated
        under two headlines is still one story."""
        body = self.text
        if self.title and body.startswith(self.title.strip() + "\n\n"):
            body = body[len(self.title.strip()) + 2 :]
        return content_hash(body)


def content_hash(text: str) -> str:
    """Fingerprint of article text, whitespace-insensitive."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
