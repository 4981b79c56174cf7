"""Text handling: segmentation, Korean analysis, numbers."""
