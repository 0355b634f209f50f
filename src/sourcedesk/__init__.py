"""sourcedesk: a local-first research desk with grounded, cited answers."""

__version__ = "0.1.0"

from sourcedesk.desk import Desk
from sourcedesk.records import AddResult, Answer, Citation, Document, Source

__all__ = ["AddResult", "Answer", "Citation", "Desk", "Document", "Source", "__version__"]
