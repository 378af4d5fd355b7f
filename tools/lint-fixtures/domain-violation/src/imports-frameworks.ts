// Fixture: a domain library that reaches for frameworks. Lint must reject every import here.
import { Injectable } from '@nestjs/common';
import { Entity } from 'typeorm';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import { useQuery } from 'urql';

export const leaks = [Injectable, Entity, GraphQLError, useState, useQuery];
