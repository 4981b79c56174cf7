"""Sentence alignment: length-based and embedding-based aligners behind one interface."""
