package dev.strata.sample;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.Unique;

/** A person who writes posts. */
@Model
public record User(
    @Key @Auto long id,
    String name,
    @Unique String username,
    @Unique String email) {}
