// Fixture: a domain library importing packages that are not on the pure allow list. Lint must reject each.
import { z } from 'zod';
import { pino } from 'pino';
import { createTransport } from 'nodemailer';

export const leaks = [z, pino, createTransport];
