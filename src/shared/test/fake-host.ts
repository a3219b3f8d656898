import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A stand-in for a Lit element, for testing a reactive controller without one: it records its
 * controllers, counts update requests, and drives the lifecycle callbacks by hand. `extra` adds
 * fields a controller reads from its host (e.g. the quiz's `id`).
 */
export function fakeHost<T extends object = object>(extra?: T) {
  const controllers: ReactiveController[] = [];
  const host = {
    ...(extra as T),
    updates: 0,
    controllers,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void host.updates++,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((controller) => controller.hostConnected?.()),
    updated: () => controllers.forEach((controller) => controller.hostUpdated?.()),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  return host as typeof host & ReactiveControllerHost;
}
