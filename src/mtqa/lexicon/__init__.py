"""Lexicons the checks consult: the place gazetteer, organizations and the desk's termbase."""
