"""The 证书 area: issuing certificates in batches, the register, the issuer's settings."""
