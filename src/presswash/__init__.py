"""presswash: clean the plain text of scraped articles, and say what was changed and why."""

from .batch import clean_articles
from .document import Cleaned, Edit, Flag, Note, Removal, Verdict, apply_edits
from .pipeline import Context, Pipeline, clean_article, default_pipeline, step

__version__ = "0.1.0"

__all__ = [
    "Cleaned",
    "Context",
    "Edit",
    "Flag",
    "Note",
    "Pipeline",
    "Removal",
    "Verdict",
    "__version__",
    "apply_edits",
    "clean_article",
    "clean_articles",
    "default_pipeline",
    "step",
]
