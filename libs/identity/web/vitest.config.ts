// Vitest project for the identity pages (see featureLibraryProject).
import { defineConfig } from 'vitest/config';
import { featureLibraryProject } from '../../../vite.workspace';

export default defineConfig(featureLibraryProject('identity-web'));
