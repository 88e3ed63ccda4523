package com.example.library;

import dev.strata.annotations.Column;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import java.time.Year;

@Model
public class Edition extends Audited {
  @Key @Column(length = 13)
  @References(value = Book.class, name = "fk_edition_book", onDelete = ReferentialAction.CASCADE)
  String isbn;
  @Key int editionNo;
  Year published;
}
