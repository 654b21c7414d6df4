export { createApp, defaults, type AppOptions, type LedeApp } from './app.js';
export { startServer, type RunningServer, type ServeOptions } from './server.js';
export { resolveConfig, type ServerConfig } from './config.js';
export { inlineAnalyzer, type Analyzer } from './analyzer.js';
export { buildOpenApi } from './openapi/spec.js';
export { routes } from './routes/index.js';
export { Problem, type ProblemCode } from './http/problem.js';
export { poolAnalyzer } from './pool.js';
export { serve } from './serve.js';
