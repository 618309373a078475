"""Stage 1, locate: the offsets worth reading (anchors), found by a few fast scans of the
whole text, and the test that drops those inside wiki markup."""
