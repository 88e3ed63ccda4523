package dev.strata.sample;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Unique;

/** Grants a {@link Role} to a {@link User}. */
@Model
@Unique(columns = {"user_id", "role_id"})
public record UserRole(
    @Key @Auto long id,
    @References(value = User.class, onDelete = ReferentialAction.CASCADE) long userId,
    @References(value = Role.class, onDelete = ReferentialAction.CASCADE) long roleId) {}
