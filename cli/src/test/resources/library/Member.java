package com.example.library;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Check;
import dev.strata.annotations.Column;
import dev.strata.annotations.Embedded;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Unique;
import java.util.Optional;

@Model
@Check(name = "ck_member_email", value = "email LIKE '%@%'")
public class Member extends Audited {
  @Key @Auto long id;
  @References(value = Branch.class, name = "fk_member_home_branch", onDelete = ReferentialAction.RESTRICT)
  long homeBranchId;
  @Column(length = 200) @Unique(name = "uq_member_email") String email;
  @Embedded(prefix = "billing_") Optional<Address> billing;
  boolean active;
}
