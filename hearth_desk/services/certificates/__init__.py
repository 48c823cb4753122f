"""Certificates: numbering, issuing in batches, the register, voiding, the public notice."""
