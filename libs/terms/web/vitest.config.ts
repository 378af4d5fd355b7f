// Vitest project for the terms pages (see featureLibraryProject).
import { defineConfig } from 'vitest/config';
import { featureLibraryProject } from '../../../vite.workspace';

export default defineConfig(featureLibraryProject('terms-web'));
