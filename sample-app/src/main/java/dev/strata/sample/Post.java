package dev.strata.sample;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Column;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;

/** A blog post written by a {@link User}. */
@Model
public record Post(
    @Key @Auto long id,
    @References(value = User.class, onDelete = ReferentialAction.CASCADE) long userId,
    String title,
    @Column(type = "TEXT") String content,
    boolean published) {}
