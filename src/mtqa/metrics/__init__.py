"""Reference-based metrics (sacrebleu) with their signatures."""
