package org.convlab.viewmodel.translation;

/** State and commands of the Translation lesson. */
public final class TranslationViewModel {
}
