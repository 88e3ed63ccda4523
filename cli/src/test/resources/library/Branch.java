package com.example.library;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Column;
import dev.strata.annotations.Embedded;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.Unique;

@Model
public class Branch extends Audited {
  @Key @Auto long id;
  @Column(length = 100) @Unique(name = "uq_branch_name") String name;
  @Embedded Address address;
}
