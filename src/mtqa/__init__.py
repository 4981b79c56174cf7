"""mtqa: quality checks for Korean news articles translated into English."""

__version__ = "0.1.0"
