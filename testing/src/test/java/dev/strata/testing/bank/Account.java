package dev.strata.testing.bank;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;

/** A bank account; its holder's name was one column until the second migration split it. */
@Model
public record Account(@Key @Auto long id, String firstName, String lastName) {}
