import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

// Hash routes: the built dist/ works from any sub-path of any static server, and every view
// (with its filters in the query) can be bookmarked and shared. Pages are lazy-loaded.
const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/overview' },
  { path: '/overview', name: 'overview', component: () => import('./pages/OverviewPage.vue') },
  { path: '/compare', name: 'compare', component: () => import('./pages/ComparePage.vue') },
  { path: '/rankings', name: 'rankings', component: () => import('./pages/RankingsPage.vue') },
  { path: '/compliance', name: 'compliance', component: () => import('./pages/CompliancePage.vue') },
  { path: '/office/:name', name: 'office', component: () => import('./pages/OfficePage.vue'), props: true },
  { path: '/data', name: 'data', component: () => import('./pages/DataPage.vue') },
  { path: '/narratives', name: 'narratives', component: () => import('./pages/NarrativesPage.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/overview' },
]

export const router = createRouter({ history: createWebHashHistory(), routes })
