package org.convlab.viewmodel.detector;

/** State and commands of the Detector lesson. */
public final class DetectorViewModel {
}
