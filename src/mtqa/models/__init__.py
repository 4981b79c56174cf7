"""Neural models: the bundled encoder, other encoders, and quality-estimation backends."""
