"""Reading inputs: decoding article files and planning which pairs to check."""

from mtqa.io.decode import decode, read_text
from mtqa.io.readers import InputPlan, PairSpec, TextRef, Unpaired, plan_inputs

__all__ = ["InputPlan", "PairSpec", "TextRef", "Unpaired", "decode", "plan_inputs", "read_text"]
