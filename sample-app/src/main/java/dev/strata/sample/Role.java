package dev.strata.sample;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.Unique;
import java.util.Optional;

/** A named set of permissions. */
@Model
public record Role(
    @Key @Auto long id,
    @Unique String name,
    Optional<String> description) {}
