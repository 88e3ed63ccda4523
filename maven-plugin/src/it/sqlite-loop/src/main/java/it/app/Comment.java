package it.app;

import dev.strata.annotations.Key;
import dev.strata.annotations.Model;

@Model
public record Comment(@Key long id, String body) {}
