package com.example.library;

import dev.strata.annotations.Auto;
import dev.strata.annotations.Check;
import dev.strata.annotations.Column;
import dev.strata.annotations.ForeignKey;
import dev.strata.annotations.Index;
import dev.strata.annotations.Key;
import dev.strata.annotations.Model;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import java.math.BigDecimal;

/** One physical copy of an edition, held by a branch. */
@Model
@ForeignKey(name = "fk_copy_edition", columns = {"isbn", "edition_no"}, references = Edition.class,
    onDelete = ReferentialAction.CASCADE)
@Check(name = "ck_copy_price", value = "price >= 0")
@Index(name = "idx_copy_branch_isbn", columns = {"branch_id", "isbn"})
public class Copy extends Audited {
  @Key @Auto long id;
  @Column(length = 13) String isbn;
  int editionNo;
  @References(value = Branch.class, name = "fk_copy_branch") long branchId;
  @Column(precision = 8, scale = 2) BigDecimal price;
}
