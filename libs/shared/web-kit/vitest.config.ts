// Vitest project for the web kit's hooks and wiring (see featureLibraryProject).
import { defineConfig } from 'vitest/config';
import { featureLibraryProject } from '../../../vite.workspace';

export default defineConfig(featureLibraryProject('shared-web-kit'));
