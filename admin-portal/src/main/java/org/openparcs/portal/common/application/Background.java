package org.openparcs.portal.common.application;

/** Runs work after the current request has been answered (long purges, with progress shown). */
public interface Background {

  void submit(Runnable work);
}
