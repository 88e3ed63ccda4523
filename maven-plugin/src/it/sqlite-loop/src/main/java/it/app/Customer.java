package it.app;

import dev.strata.annotations.Key;
import dev.strata.annotations.Model;

@Model
public record Customer(@Key long id, String name) {}
