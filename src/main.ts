import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import './styles/base.css'

createApp(App).use(createPinia()).use(router).mount('#app')

// The charts' code (ECharts, ~200 kB gzip) is not part of the first bundle, so the filter bar and
// figures can render without it; start fetching it now, while the stored reports are being read,
// instead of when the first chart mounts.
void import('./components/common/EChart.vue')
