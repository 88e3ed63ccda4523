package dev.strata.internal.manifest;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
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
import java.util.List;
import java.util.TreeSet;

/**
 * The source digest of a migration: SHA-256, lowercase hex, over a canonical text of its
 * compilation unit's syntax tree (Compiler Tree API): package, imports and types, each node as its
 * kind with the names, literal values and modifiers it holds. Formatting, comments and line ends are
 * not in the tree, so they do not change the digest; any change to the code does.
 *
 * <p>One normalisation beyond the tree: a constructor without parameters, annotations or
 * {@code throws} whose body is empty or only {@code super()} is left out, because it means the same
 * as no constructor, and javac adds exactly that one to the tree it shows annotation processors
 * when a class declares none. The processor (on entered trees) and the generator (on parsed ones)
 * therefore digest the same source alike.
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
      name(out, tree.getSimpleName());
      scan(tree.getModifiers(), out);
      scan(tree.getTypeParameters(), out);
      scan(tree.getExtendsClause(), out);
      scan(tree.getImplementsClause(), out);
      scan(tree.getPermitsClause(), out);
      out.append('[');
      for (Tree member : tree.getMembers()) {
        if (!isTrivialConstructor(member)) {
          scan(member, out);
        }
      }
      out.append(']');
      return null;
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
      tree.getFlags().forEach(flag -> flags.add(flag.name()));
      out.append(' ').append(flags);
      return super.visitModifiers(tree, out);
    }

    private static void name(StringBuilder out, CharSequence name) {
      out.append(' ').append(name == null ? "" : name);
    }
  }

  private static boolean isTrivialConstructor(Tree member) {
    if (!(member instanceof MethodTree method) || !method.getName().contentEquals("<init>")) {
      return false;
    }
    if (!method.getParameters().isEmpty() || !method.getThrows().isEmpty()
        || !method.getTypeParameters().isEmpty() || !method.getModifiers().getAnnotations().isEmpty()
        || method.getBody() == null) {
      return false;
    }
    List<? extends StatementTree> statements = method.getBody().getStatements();
    if (statements.isEmpty()) {
      return true;
    }
    return statements.size() == 1
        && statements.get(0) instanceof ExpressionStatementTree statement
        && statement.getExpression() instanceof MethodInvocationTree call
        && call.getArguments().isEmpty()
        && call.getTypeArguments().isEmpty()
        && call.getMethodSelect() instanceof IdentifierTree callee
        && callee.getName().contentEquals("super");
  }
}
