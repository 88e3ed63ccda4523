package dev.strata.testing.bank;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;

/** Money moved into an account. */
@Model
public record Transfer(
    @Key @Auto long id,
    @References(value = Account.class, onDelete = ReferentialAction.CASCADE) long accountId,
    long amountCents) {}
