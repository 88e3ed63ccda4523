package com.example.library;

import dev.strata.annotations.Column;
import dev.strata.annotations.Embeddable;
import java.util.Optional;

/** A postal address, stored as columns of the table that embeds it. */
@Embeddable
public record Address(
    @Column(length = 120) String line1,
    @Column(length = 120) Optional<String> line2,
    @Column(length = 80) String city,
    @Column(length = 20) String postalCode) {}
