package com.example.library;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Check;
import dev.strata.annotations.Index;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import java.time.LocalDate;
import java.util.Optional;

@Model
@Check(name = "ck_loan_dates", value = "returned_on IS NULL OR returned_on >= loaned_on")
public class Loan extends Audited {
  @Key @Auto long id;
  @References(value = Copy.class, name = "fk_loan_copy") long copyId;
  @References(value = Member.class, name = "fk_loan_member", onDelete = ReferentialAction.CASCADE) long memberId;
  LocalDate loanedOn;
  @Index(name = "idx_loan_due_on") LocalDate dueOn;
  Optional<LocalDate> returnedOn;
}
