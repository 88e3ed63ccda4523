package com.example.library;

import dev.strata.annotations.Check;
import dev.strata.annotations.Column;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;

@Model
public class Book extends Audited {
  @Key @Column(length = 13) String isbn;
  @Column(length = 200) String title;
  @Check(name = "ck_book_pages", value = "pages > 0") int pages;
}
