import './lib/zod-tanpa-eval'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './gaya.css'

createRoot(document.getElementById('akar')!).render(<App />)
