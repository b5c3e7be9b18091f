package org.convlab.viewmodel.params;

/** State and commands of the Parameters lesson. */
public final class ParametersViewModel {
}
