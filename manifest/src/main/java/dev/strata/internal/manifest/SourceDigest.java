package dev.strata.internal.manifest;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import dev.strata.internal.schema.index.MigrationIndex;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * The source digest of a migration: SHA-256, lowercase hex, over a canonical text of its
 * compilation unit's syntax tree (Compiler Tree API): package, imports and types, each node as its
 * kind with the names, literal values and modifiers it holds. Formatting, comments and line ends are
 * not in the tree, so they do not change the digest; any change to the code does.
 *
 * <p>What is in the text: every node's kind (so {@code 'a'} and {@code "a"}, {@code 1} and
 * {@code 1L}, {@code +} and {@code -}, a rule {@code case ->} and a {@code case :} differ), every
 * name, literal value (length-prefixed), primitive type, member reference mode, case kind, the static
 * flag of imports and initializer blocks, and each modifier set (sorted: the order modifiers are
 * written in does not matter to the language). Literals are compared by value: a text block and
 * the string literal with the same content, or {@code 0x10} and {@code 16}, give the same text.
 * Only the compilation unit is covered: a helper class in another source file can change without
 * changing the digest.
 *
 * <p>Two normalisations beyond the tree, so the processor (on entered trees) and the generator (on
 * parsed ones) digest the same source alike. A class that is a member of an interface is taken as
 * {@code public static}, as javac writes into the trees it shows annotation processors. And the
 * constructors javac adds to those trees are left out: a class's default constructor, and the same written out
 * (no parameters, annotations, type parameters or {@code throws}, the access the default
 * constructor would have, and a body that is empty or only {@code super()}), which means the
 * same; and a record's implicit canonical constructor, whose body is only {@code super()} (a
 * constructor written in a record cannot have that body).
 */
public final class SourceDigest {

  private SourceDigest() {}

  /** The digest of {@code unit}. */
  public static String of(CompilationUnitTree unit) {
    return MigrationIndex.sha256(canonical(unit));
  }

  /** The canonical text the digest is taken over; for tests and for reading a digest's cause. */
  public static String canonical(CompilationUnitTree unit) {
    StringBuilder out = new StringBuilder(4096);
    new Canonical().scan(unit, out);
    return out.toString();
  }

  private static final class Canonical extends TreeScanner<Void, StringBuilder> {

    /** The class whose member is being scanned when that member is a class; else null. */
    private ClassTree memberOf;

    /** Modifiers the next modifier set holds implicitly; consumed by {@link #visitModifiers}. */
    private Set<Modifier> implicitFlags = Set.of();

    @Override
    public Void scan(Tree tree, StringBuilder out) {
      if (tree == null) {
        out.append('~');
        return null;
      }
      out.append('(').append(tree.getKind().name());
      super.scan(tree, out);
      out.append(')');
      return null;
    }

    @Override
    public Void scan(Iterable<? extends Tree> trees, StringBuilder out) {
      out.append('[');
      if (trees != null) {
        for (Tree tree : trees) {
          scan(tree, out);
        }
      }
      out.append(']');
      return null;
    }

    @Override
    public Void visitClass(ClassTree tree, StringBuilder out) {
      ClassTree enclosing = memberOf;
      memberOf = null;
      name(out, tree.getSimpleName());
      if (isInterface(enclosing)) {
        // javac writes these implicit modifiers into the entered tree; a parsed one lacks them.
        implicitFlags = INTERFACE_MEMBER_CLASS;
      }
      scan(tree.getModifiers(), out);
      scan(tree.getTypeParameters(), out);
      scan(tree.getExtendsClause(), out);
      scan(tree.getImplementsClause(), out);
      scan(tree.getPermitsClause(), out);
      out.append('[');
      for (Tree member : tree.getMembers()) {
        if (!isImplicitConstructor(tree, enclosing, member)) {
          memberOf = member instanceof ClassTree ? tree : null;
          scan(member, out);
        }
      }
      out.append(']');
      return null;
    }

    @Override
    public Void visitImport(ImportTree tree, StringBuilder out) {
      if (tree.isStatic()) {
        out.append(" static");
      }
      return super.visitImport(tree, out);
    }

    @Override
    public Void visitCase(CaseTree tree, StringBuilder out) {
      out.append(' ').append(tree.getCaseKind().name());
      return super.visitCase(tree, out);
    }

    @Override
    public Void visitBlock(BlockTree tree, StringBuilder out) {
      if (tree.isStatic()) {
        out.append(" static");
      }
      return super.visitBlock(tree, out);
    }

    @Override
    public Void visitMethod(MethodTree tree, StringBuilder out) {
      name(out, tree.getName());
      return super.visitMethod(tree, out);
    }

    @Override
    public Void visitVariable(VariableTree tree, StringBuilder out) {
      name(out, tree.getName());
      return super.visitVariable(tree, out);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, StringBuilder out) {
      name(out, tree.getName());
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, StringBuilder out) {
      name(out, tree.getIdentifier());
      return super.visitMemberSelect(tree, out);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, StringBuilder out) {
      out.append(' ').append(tree.getMode().name());
      name(out, tree.getName());
      return super.visitMemberReference(tree, out);
    }

    @Override
    public Void visitTypeParameter(TypeParameterTree tree, StringBuilder out) {
      name(out, tree.getName());
      return super.visitTypeParameter(tree, out);
    }

    @Override
    public Void visitLabeledStatement(LabeledStatementTree tree, StringBuilder out) {
      name(out, tree.getLabel());
      return super.visitLabeledStatement(tree, out);
    }

    @Override
    public Void visitBreak(BreakTree tree, StringBuilder out) {
      name(out, tree.getLabel());
      return super.visitBreak(tree, out);
    }

    @Override
    public Void visitContinue(ContinueTree tree, StringBuilder out) {
      name(out, tree.getLabel());
      return super.visitContinue(tree, out);
    }

    @Override
    public Void visitLiteral(LiteralTree tree, StringBuilder out) {
      Object value = tree.getValue();
      String text = value == null ? "null" : value.toString();
      // Length first, so a literal's content can never read as structure.
      out.append(' ').append(text.length()).append(':').append(text);
      return null;
    }

    @Override
    public Void visitPrimitiveType(PrimitiveTypeTree tree, StringBuilder out) {
      out.append(' ').append(tree.getPrimitiveTypeKind().name());
      return null;
    }

    @Override
    public Void visitModifiers(ModifiersTree tree, StringBuilder out) {
      // A set: the order modifiers are written in does not matter to the language.
      TreeSet<String> flags = new TreeSet<>();
      for (Modifier flag : tree.getFlags()) {
        flags.add(flag.name());
      }
      for (Modifier flag : implicitFlags) {
        flags.add(flag.name());
      }
      implicitFlags = Set.of();
      out.append(' ').append(flags);
      return super.visitModifiers(tree, out);
    }

    private static void name(StringBuilder out, CharSequence name) {
      out.append(' ').append(name == null ? "" : name);
    }
  }

  private static final Set<Modifier> ACCESS = EnumSet.of(Modifier.PUBLIC, Modifier.PROTECTED, Modifier.PRIVATE);

  /**
   * Whether {@code member} of {@code owner} (a member of {@code enclosing}, or top level when that
   * is null) is a constructor javac adds when a class declares none, or means the same.
   */
  private static boolean isImplicitConstructor(ClassTree owner, ClassTree enclosing, Tree member) {
    if (!(member instanceof MethodTree method) || !method.getName().contentEquals("<init>")
        || method.getBody() == null || !method.getModifiers().getAnnotations().isEmpty()) {
      return false;
    }
    List<? extends StatementTree> statements = method.getBody().getStatements();
    boolean onlySuper = statements.size() == 1 && isSuperCall(statements.get(0));
    if (owner.getKind() == Tree.Kind.RECORD) {
      return onlySuper;
    }
    if (!method.getParameters().isEmpty() || !method.getThrows().isEmpty()
        || !method.getTypeParameters().isEmpty() || !(onlySuper || statements.isEmpty())) {
      return false;
    }
    Set<Modifier> flags = method.getModifiers().getFlags();
    return flags.isEmpty() ? defaultAccess(owner, enclosing).isEmpty() : defaultAccess(owner, enclosing).equals(flags)
        || owner.getKind() == Tree.Kind.ENUM && flags.equals(EnumSet.of(Modifier.PRIVATE));
  }

  /**
   * The access modifiers javac gives a default constructor: the class's (JLS 8.8.9), where a class
   * that is a member of an interface is implicitly public; an enum's is private, which it may also
   * leave unwritten.
   */
  private static Set<Modifier> defaultAccess(ClassTree owner, ClassTree enclosing) {
    if (owner.getKind() == Tree.Kind.ENUM) {
      return EnumSet.noneOf(Modifier.class);
    }
    Set<Modifier> access = EnumSet.noneOf(Modifier.class);
    for (Modifier flag : owner.getModifiers().getFlags()) {
      if (ACCESS.contains(flag)) {
        access.add(flag);
      }
    }
    if (isInterface(enclosing)) {
      access.add(Modifier.PUBLIC);
    }
    return access;
  }

  private static final Set<Modifier> INTERFACE_MEMBER_CLASS = EnumSet.of(Modifier.PUBLIC, Modifier.STATIC);

  private static boolean isInterface(ClassTree type) {
    return type != null && (type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE);
  }

  private static boolean isSuperCall(StatementTree statement) {
    return statement instanceof ExpressionStatementTree expression
        && expression.getExpression() instanceof MethodInvocationTree call
        && call.getArguments().isEmpty()
        && call.getTypeArguments().isEmpty()
        && call.getMethodSelect() instanceof IdentifierTree callee
        && callee.getName().contentEquals("super");
  }
}
