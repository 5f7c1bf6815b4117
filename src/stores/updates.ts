/**
 * What the page offers to reload for, and whether it is offline: a new build of the board (the
 * service worker has one waiting) or new published data (data/manifest.json differs from the one
 * this page loaded). Neither is applied behind the user's back; neither is kept from them: the
 * page checks when it is shown again, when the network comes back, and every half hour.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { fetchManifest } from '../browser/published'
import type { ServiceWorkerControl } from '../browser/serviceWorker'
import { useDataStore } from './data'

const CHECK_EVERY_MS = 30 * 60 * 1000

export const useUpdateStore = defineStore('updates', () => {
  const data = useDataStore()
  const newVersion = ref(false)
  const newData = ref(false)
  const offline = ref(typeof navigator !== 'undefined' && navigator.onLine === false)
  let worker: ServiceWorkerControl | null = null
  let started = false

  async function checkData() {
    // Until the data store has read the manifest there is nothing to compare with.
    if (data.publishing || newData.value) return
    const fetched = await fetchManifest()
    if (fetched && fetched.hash !== data.manifestHash) newData.value = true
  }

  async function check() {
    if (offline.value) return
    await Promise.all([worker?.checkForNewVersion(), checkData()])
  }

  function start() {
    if (started || typeof window === 'undefined') return
    started = true
    // After the first paint: the registration (workbox-window) is not part of the first download.
    if (import.meta.env.PROD && 'serviceWorker' in navigator) {
      void import('../browser/serviceWorker').then(({ startServiceWorker }) => {
        worker = startServiceWorker({ onNewVersion: () => (newVersion.value = true), onOfflineReady: () => {} })
      })
    }
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void check()
    })
    window.addEventListener('online', () => {
      offline.value = false
      void check()
    })
    window.addEventListener('offline', () => (offline.value = true))
    setInterval(() => void check(), CHECK_EVERY_MS)
  }

  /** Reload into the new version (the service worker swaps first) or the new data. */
  async function reload() {
    if (newVersion.value && worker) await worker.activateNewVersion()
    else window.location.reload()
  }

  function dismiss() {
    newVersion.value = false
    newData.value = false
  }

  return { newVersion, newData, offline, start, check, reload, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useUpdateStore, import.meta.hot))
