package dev.strata.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Strata's processor behind a processing environment that javac's {@code Trees.instance} refuses,
 * as under a compiler without the Compiler Tree API: the environment is wrapped in a proxy that
 * forwards every call.
 */
final class TreelessProcessor implements Processor {
  private final StrataProcessor strata = new StrataProcessor();

  @Override
  public void init(ProcessingEnvironment env) {
    ProcessingEnvironment proxy = (ProcessingEnvironment) Proxy.newProxyInstance(
        ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
        (self, method, args) -> {
          try {
            return method.invoke(env, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    strata.init(proxy);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return strata.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return strata.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return strata.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return strata.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return strata.getCompletions(element, annotation, member, userText);
  }
}
