"""Reports: review pages, a dashboard, JSON, CSV, JUnit and GitHub annotations."""

from mtqa.report.summary import DocSummary, RunSummary
from mtqa.report.writer import DEFAULT_FORMATS, FORMATS, ReportWriter

__all__ = ["DEFAULT_FORMATS", "FORMATS", "DocSummary", "ReportWriter", "RunSummary"]
